package longlisten

// Bậc 5 dialogues: debates, a workshop, a working session and a council
// question time, where the task is to follow positions and reasons.
func init() {
	all = append(all,
		Rec{N: 1, Kind: Dialogue, Level: 5, Topics: []string{"office"},
			Title: "Hội thảo: cắt giảm thủ tục hành chính ở cấp xã",
			Speakers: []Speaker{
				{Label: "Chủ trì", Voice: "vi+m3", Pitch: 42},
				{Label: "Đại diện Sở Nội vụ", Voice: "vi+f2", Pitch: 60},
				{Label: "Chủ tịch xã", Voice: "vi-vn-x-central+m4", Pitch: 36, Rate: 205},
				{Label: "Chuyên gia", Voice: "vi-vn-x-south+m2", Pitch: 48},
			},
			Text: `Chủ trì: Xin mời các vị vào phần thảo luận. Câu hỏi đặt ra là: sau khi bỏ cấp huyện, cấp xã nhận thêm nhiều thủ tục, vậy làm sao để người dân không phải chờ lâu hơn? Mời đại diện Sở Nội vụ.
Đại diện Sở Nội vụ: Xin cảm ơn. Theo số liệu của sở, số thủ tục do cấp xã giải quyết đã tăng gần gấp đôi. Trong khi đó, biên chế của xã tăng không nhiều. Giải pháp của tỉnh là đào tạo lại cán bộ và đẩy mạnh giải quyết thủ tục trên mạng. Chúng tôi đặt mục tiêu đến cuối năm, tám mươi phần trăm hồ sơ được nộp trực tuyến.
Chủ tịch xã: Tôi xin nói thẳng: con số tám mươi phần trăm đó, ở xã tôi là không thực tế. Xã tôi có bốn thôn chưa có sóng điện thoại ổn định. Nếu giao chỉ tiêu như vậy, cán bộ sẽ phải tự nộp hồ sơ hộ dân để đủ số, và số liệu đẹp nhưng không phản ánh đúng thực tế.
Chuyên gia: Tôi chia sẻ lo ngại của đồng chí chủ tịch xã. Kinh nghiệm ở nhiều nơi cho thấy, khi đo bằng tỷ lệ nộp trực tuyến, người ta sẽ tối ưu hoá con số chứ không tối ưu hoá sự hài lòng của người dân. Tôi đề nghị đo bằng hai chỉ số khác: thời gian trung bình để người dân nhận được kết quả, và số lần người dân phải đi lại.
Đại diện Sở Nội vụ: Tôi ghi nhận. Nhưng cũng phải nói rằng nếu không có chỉ tiêu, nhiều nơi sẽ không chuyển đổi. Có lẽ nên có chỉ tiêu khác nhau cho vùng đồng bằng và vùng núi.
Chủ trì: Như vậy, hội thảo đã có điểm chung: không bỏ mục tiêu chuyển đổi số, nhưng chỉ tiêu phải phân theo vùng, và cách đo phải xuất phát từ trải nghiệm của người dân. Ban tổ chức sẽ đưa những ý kiến này vào kiến nghị gửi Uỷ ban nhân dân tỉnh.`,
			TF: []TF{
				{S: "Theo Sở Nội vụ, biên chế của xã tăng tương ứng với số thủ tục.", A: false, Ev: "Trong khi đó, biên chế của xã tăng không nhiều."},
				{S: "Chủ tịch xã cho rằng mục tiêu của sở không phù hợp với xã mình.", A: true, Ev: "ở xã tôi là không thực tế"},
				{S: "Hội thảo kết luận nên bỏ hẳn mục tiêu chuyển đổi số.", A: false, Ev: "không bỏ mục tiêu chuyển đổi số"},
			},
			Qs: []Q{
				{Kind: "main", P: "Vấn đề trung tâm của phần thảo luận là gì?", O: []string{"*Giao thêm nhiệm vụ cho xã thế nào mà dân không phải đợi lâu hơn", "Có nên khôi phục cấp huyện hay không", "Tuyển thêm cán bộ cho Sở Nội vụ", "Xây trạm phát sóng ở bốn thôn"}, Ev: "vậy làm sao để người dân không phải chờ lâu hơn?"},
				{Kind: "inference", P: "Chủ tịch xã lo rằng chỉ tiêu tám mươi phần trăm sẽ dẫn đến điều gì?", O: []string{"*Số liệu báo cáo đẹp nhưng sai với thực tế", "Người dân nộp hồ sơ nhiều hơn cần thiết", "Xã bị cắt ngân sách", "Cán bộ xã nghỉ việc"}, Ev: "số liệu đẹp nhưng không phản ánh đúng thực tế."},
				{Kind: "stance", P: "Chuyên gia muốn thay cách đo bằng tỷ lệ nộp trực tuyến bằng gì?", O: []string{"*Mức độ thuận tiện mà dân cảm nhận, như phải đợi bao lâu và phải đến mấy lượt", "Số cán bộ được đào tạo lại", "Số máy tính của xã", "Số thủ tục được cắt bỏ"}, Ev: "thời gian trung bình để người dân nhận được kết quả, và số lần người dân phải đi lại."},
				{Kind: "stance", P: "Đại diện Sở Nội vụ thay đổi quan điểm ra sao sau khi nghe ý kiến khác?", O: []string{"*Vẫn giữ chỉ tiêu nhưng chấp nhận phân biệt theo vùng", "Bỏ hẳn chỉ tiêu", "Giữ nguyên chỉ tiêu cho mọi nơi", "Không thay đổi gì"}, Ev: "Có lẽ nên có chỉ tiêu khác nhau cho vùng đồng bằng và vùng núi."},
			},
			Notes: Notes{
				Text: "Số thủ tục của cấp xã tăng gần gấp {1}. Mục tiêu của sở: {2} % hồ sơ nộp trực tuyến. Ý kiến chuyên gia: đo thời gian nhận kết quả và số lần {3}. Điểm chung: chỉ tiêu phân theo {4}.",
				A:    [][]string{{"đôi", "hai", "2"}, {"tám mươi", "80"}, {"đi lại"}, {"vùng"}},
			},
		},
		Rec{N: 2, Kind: Dialogue, Level: 5, Topics: []string{"friendship", "study"},
			Title: "Buổi làm việc giữa hai đoàn Thanh Hoá và Hủa Phăn",
			Speakers: []Speaker{
				{Label: "Trưởng đoàn Thanh Hoá", Voice: "vi+m5", Pitch: 40},
				{Label: "Trưởng đoàn Hủa Phăn", Voice: "vi+m6", Pitch: 52, Rate: 210},
				{Label: "Hiệu trưởng", Voice: "vi+f1", Pitch: 56},
			},
			Text: `Trưởng đoàn Thanh Hoá: Thay mặt tỉnh Thanh Hoá, tôi nhiệt liệt chào mừng đoàn công tác tỉnh Hủa Phăn. Nội dung chính hôm nay là đánh giá việc đào tạo cán bộ trong bốn khoá vừa qua và thống nhất kế hoạch cho ba năm tới. Mời đồng chí trưởng đoàn Hủa Phăn.
Trưởng đoàn Hủa Phăn: Xin cảm ơn. Trước hết, tỉnh chúng tôi đánh giá cao chất lượng đào tạo của nhà trường. Phần lớn học viên sau khi về đã phát huy tốt. Tuy nhiên, tôi cũng phải thừa nhận một thực tế: có một số đồng chí được cử đi chủ yếu vì đến lượt, chứ chưa đủ trình độ tiếng Việt, nên kết quả học tập hạn chế. Đó là trách nhiệm của phía chúng tôi.
Hiệu trưởng: Chúng tôi rất trân trọng sự thẳng thắn đó. Từ phía nhà trường, tôi đề xuất hai việc. Một là tỉnh bạn tổ chức kiểm tra tiếng Việt trước khi cử, theo đủ bốn kỹ năng, trong đó có nghe bài giảng dài. Hai là hai bên trao đổi danh sách dự kiến sớm, ít nhất sáu tháng trước khai giảng, để nhà trường gửi tài liệu cho học viên chuẩn bị.
Trưởng đoàn Hủa Phăn: Chúng tôi nhất trí. Nhưng tôi cũng đề nghị nhà trường xem xét một điều: nếu chỉ cử những người đã giỏi tiếng Việt, thì nhiều cán bộ có năng lực, có triển vọng ở các huyện vùng sâu sẽ không bao giờ có cơ hội. Chúng tôi mong có một lớp dự bị tiếng Việt cho những đồng chí đạt gần ngưỡng.
Trưởng đoàn Thanh Hoá: Đó là đề nghị hợp lý. Tôi giao nhà trường nghiên cứu, báo cáo tỉnh trong quý tới về khả năng mở lớp dự bị ba tháng. Về phía Hủa Phăn, đề nghị tỉnh bạn gửi thông tin về việc bố trí công tác của học viên sau khi tốt nghiệp, để hai bên cùng đánh giá hiệu quả thật sự của đào tạo.`,
			TF: []TF{
				{S: "Phía Hủa Phăn nhận một phần trách nhiệm về kết quả học tập chưa tốt của một số học viên.", A: true, Ev: "Đó là trách nhiệm của phía chúng tôi."},
				{S: "Nhà trường muốn nhận danh sách học viên ít nhất sáu tháng trước khai giảng.", A: true, Ev: "ít nhất sáu tháng trước khai giảng"},
				{S: "Lớp dự bị tiếng Việt đã được quyết định mở ngay trong năm nay.", A: false, Ev: "Tôi giao nhà trường nghiên cứu, báo cáo tỉnh trong quý tới về khả năng mở lớp dự bị ba tháng."},
			},
			Qs: []Q{
				{Kind: "main", P: "Mục đích của buổi làm việc là gì?", O: []string{"*Tổng kết công tác bồi dưỡng cán bộ vừa qua và cùng định ra kế hoạch giai đoạn tới", "Ký hiệp định thương mại giữa hai tỉnh", "Trao bằng tốt nghiệp cho học viên", "Giới thiệu trưởng đoàn mới"}, Ev: "Nội dung chính hôm nay là đánh giá việc đào tạo cán bộ trong bốn khoá vừa qua và thống nhất kế hoạch cho ba năm tới."},
				{Kind: "inference", P: "Khi nói một số người được cử “vì đến lượt”, trưởng đoàn Hủa Phăn ngầm thừa nhận điều gì?", O: []string{"*Việc chọn cử chưa dựa đủ vào năng lực tiếng Việt", "Nhà trường dạy chưa tốt", "Học viên không muốn đi học", "Số suất học quá nhiều"}, Ev: "có một số đồng chí được cử đi chủ yếu vì đến lượt, chứ chưa đủ trình độ tiếng Việt"},
				{Kind: "stance", P: "Trưởng đoàn Hủa Phăn lo ngại điều gì về việc chỉ cử người giỏi tiếng Việt?", O: []string{"*Người có năng lực ở nơi hẻo lánh sẽ khó được chọn đi học", "Số học viên quá đông", "Người giỏi tiếng Việt không muốn về nước", "Chi phí đào tạo tăng"}, Ev: "nhiều cán bộ có năng lực, có triển vọng ở các huyện vùng sâu sẽ không bao giờ có cơ hội."},
				{Kind: "detail", P: "Trưởng đoàn Thanh Hoá giao cho nhà trường việc gì?", O: []string{"*Cân nhắc mở khoá tiếng Việt dự bị kéo dài ba tháng", "Tổ chức ngay bài kiểm tra", "Tăng thời gian khoá học lên một năm", "Cử giảng viên sang Hủa Phăn"}, Ev: "Tôi giao nhà trường nghiên cứu, báo cáo tỉnh trong quý tới về khả năng mở lớp dự bị ba tháng."},
			},
		},
		Rec{N: 3, Kind: Dialogue, Level: 5, Topics: []string{"office", "village"},
			Title: "Tranh luận: chuyển đổi số ở xã, nhanh hay chắc?",
			Speakers: []Speaker{
				{Label: "Anh Minh", Voice: "vi+m4", Pitch: 50},
				{Label: "Chị Hạnh", Voice: "vi-vn-x-south+f1", Pitch: 58},
			},
			Text: `Anh Minh: Tôi cho rằng chuyển đổi số ở cấp xã phải làm nhanh. Mỗi năm chậm là một năm người dân phải đi lại, chờ đợi, và cán bộ phải làm giấy tờ bằng tay. Những nơi đi trước đã chứng minh: làm trên mạng thì minh bạch hơn, khó nhũng nhiễu hơn.
Chị Hạnh: Tôi không phản đối mục tiêu, nhưng tôi phản đối chữ “nhanh”. Ở xã tôi, năm ngoái tỉnh yêu cầu trong ba tháng phải đưa toàn bộ hồ sơ hộ tịch lên hệ thống. Cán bộ làm đêm làm ngày, nhập vội, sai tên, sai ngày sinh rất nhiều. Năm nay lại mất mấy tháng để sửa. Nhanh mà sai thì thực ra là chậm.
Anh Minh: Chị nói về lỗi tổ chức, chứ không phải lỗi của tốc độ. Nếu có đủ người, đủ thời gian chuẩn bị, thì nhanh vẫn đúng được.
Chị Hạnh: Chính vậy. Nhưng “đủ người, đủ thời gian” là điều mà các xã thường không có. Khi lập kế hoạch, cấp trên hay lấy tốc độ của thành phố để áp cho miền núi. Tôi đề nghị ngược lại: mỗi xã tự đề xuất lộ trình, cấp trên duyệt và kiểm tra chất lượng, chứ không áp một thời hạn chung.
Anh Minh: Nếu để xã tự đề xuất, tôi e nhiều nơi sẽ kéo dài mãi, lấy khó khăn làm lý do. Phải có một thời hạn cuối cùng.
Chị Hạnh: Tôi đồng ý có thời hạn cuối cùng. Điều tôi muốn là thời hạn ấy được tính từ khả năng thật của từng nơi, và chất lượng dữ liệu được kiểm tra trước khi báo cáo hoàn thành.
Anh Minh: Vậy có lẽ chúng ta khác nhau ít hơn tôi tưởng: cùng cần thời hạn, chỉ khác ở chỗ ai đặt ra nó.`,
			TF: []TF{
				{S: "Chị Hạnh phản đối mục tiêu chuyển đổi số.", A: false, Ev: "Tôi không phản đối mục tiêu"},
				{S: "Anh Minh lo rằng nếu xã tự đặt lộ trình thì nhiều nơi sẽ kéo dài.", A: true, Ev: "tôi e nhiều nơi sẽ kéo dài mãi"},
				{S: "Cuối cùng, cả hai đều chấp nhận phải có thời hạn cuối cùng.", A: true, Ev: "Tôi đồng ý có thời hạn cuối cùng."},
			},
			Qs: []Q{
				{Kind: "main", P: "Hai người tranh luận về điều gì?", O: []string{"*Số hoá ở cấp xã nên tăng tốc hay tiến hành tuỳ điều kiện mỗi nơi", "Có nên chuyển đổi số hay không", "Ai chịu trách nhiệm sửa hồ sơ hộ tịch", "Nên mua loại máy tính nào"}, Ev: "Tôi cho rằng chuyển đổi số ở cấp xã phải làm nhanh."},
				{Kind: "detail", P: "Chị Hạnh dẫn ví dụ nào để bảo vệ ý kiến của mình?", O: []string{"*Dữ liệu khai sinh, kết hôn được đưa lên máy quá gấp nên sai sót nhiều, chỉnh lại tốn mấy tháng trời", "Xã chị không có máy tính", "Người dân không muốn dùng mạng", "Cán bộ xã từ chối làm thêm giờ"}, Ev: "Cán bộ làm đêm làm ngày, nhập vội, sai tên, sai ngày sinh rất nhiều."},
				{Kind: "inference", P: "Câu “nhanh mà sai thì thực ra là chậm” có nghĩa là gì?", O: []string{"*Làm vội gây lỗi thì tốn thêm thời gian sửa, rốt cuộc còn lâu hơn", "Làm chậm thì không bao giờ sai", "Tốc độ không quan trọng", "Cần làm nhanh hơn nữa"}, Ev: "Năm nay lại mất mấy tháng để sửa."},
				{Kind: "stance", P: "Cuối cuộc tranh luận, anh Minh nhận xét thế nào?", O: []string{"*Hai bên gần nhau hơn anh nghĩ; khác nhau chủ yếu ở việc ai đặt thời hạn", "Chị Hạnh hoàn toàn sai", "Anh thay đổi hẳn quan điểm", "Không thể thống nhất được"}, Ev: "chúng ta khác nhau ít hơn tôi tưởng"},
			},
		},
		Rec{N: 4, Kind: Dialogue, Level: 5, Topics: []string{"office"},
			Title: "Phiên chất vấn tại kỳ họp Hội đồng nhân dân tỉnh",
			Speakers: []Speaker{
				{Label: "Chủ toạ", Voice: "vi+m1", Pitch: 40},
				{Label: "Đại biểu", Voice: "vi+f3", Pitch: 64, Rate: 225},
				{Label: "Giám đốc sở", Voice: "vi+m7", Pitch: 50, Rate: 210},
			},
			Text: `Chủ toạ: Tiếp theo là phần chất vấn về tiến độ xây dựng trường học ở các xã miền núi. Mời đại biểu.
Đại biểu: Xin cảm ơn chủ toạ. Tại kỳ họp giữa năm ngoái, giám đốc sở đã hứa trước Hội đồng rằng đến đầu năm học này sẽ không còn phòng học tạm ở các xã biên giới. Nhưng khi tôi đi tiếp xúc cử tri tháng trước, ở hai xã giáp Lào vẫn còn học sinh học trong phòng học tạm, mái lợp tôn, mùa hè rất nóng. Xin giám đốc cho biết vì sao lời hứa chưa được thực hiện, và ai chịu trách nhiệm?
Giám đốc sở: Xin cảm ơn đại biểu. Tôi xin nhận trách nhiệm về việc chưa hoàn thành cam kết. Nguyên nhân khách quan là mưa lũ kéo dài làm đường vào hai xã bị sạt, vật liệu không chở vào được. Nguyên nhân chủ quan là sở chưa đôn đốc sát nhà thầu, và khâu giải phóng mặt bằng ở một điểm trường chậm hơn dự kiến.
Đại biểu: Tôi ghi nhận giám đốc đã nhận trách nhiệm. Nhưng tôi đề nghị giám đốc không nói chung chung. Xin cho biết ngày cụ thể hai điểm trường đó hoàn thành, và trong thời gian chờ, sở có giải pháp gì cho học sinh?
Giám đốc sở: Sở cam kết hoàn thành trước ngày ba mươi tháng mười hai năm nay. Trong thời gian chờ, sở đã làm việc với các xã, bố trí học sinh học nhờ tại nhà văn hoá thôn, nơi có mái bê tông và quạt điện, bắt đầu từ tuần sau.
Chủ toạ: Đề nghị thư ký kỳ họp ghi nhận cam kết về thời hạn của giám đốc sở. Thường trực Hội đồng sẽ tổ chức giám sát tại hai điểm trường vào đầu tháng một năm sau và báo cáo tại kỳ họp tới.`,
			TF: []TF{
				{S: "Giám đốc sở đổ toàn bộ lỗi cho thời tiết.", A: false, Ev: "Tôi xin nhận trách nhiệm về việc chưa hoàn thành cam kết."},
				{S: "Trong lúc chờ, học sinh sẽ học nhờ ở nhà văn hoá thôn.", A: true, Ev: "bố trí học sinh học nhờ tại nhà văn hoá thôn"},
				{S: "Thường trực Hội đồng sẽ tự đến kiểm tra hai điểm trường.", A: true, Ev: "Thường trực Hội đồng sẽ tổ chức giám sát tại hai điểm trường"},
			},
			Qs: []Q{
				{Kind: "main", P: "Phần chất vấn xoay quanh vấn đề gì?", O: []string{"*Một lời hứa bị trễ hẹn: trẻ em vùng sát biên vẫn phải học trong lớp dựng tạm", "Kế hoạch tuyển giáo viên mới", "Tiền lương của giáo viên miền núi", "Xây đường vào các xã biên giới"}, Ev: "Xin giám đốc cho biết vì sao lời hứa chưa được thực hiện, và ai chịu trách nhiệm?"},
				{Kind: "detail", P: "Giám đốc sở nêu nguyên nhân chủ quan nào?", O: []string{"*Sở theo dõi, nhắc nhở đơn vị thi công chưa chặt, và khâu thu hồi, bàn giao đất bị chậm", "Mưa lũ làm sạt đường", "Thiếu vốn ngân sách", "Người dân phản đối xây trường"}, Ev: "Nguyên nhân chủ quan là sở chưa đôn đốc sát nhà thầu"},
				{Kind: "stance", P: "Đại biểu phản ứng thế nào với câu trả lời đầu tiên của giám đốc sở?", O: []string{"*Công nhận giám đốc đã nhận lỗi nhưng đòi biết ngày xong chính xác và phương án tạm thời cho học sinh", "Hài lòng với câu trả lời và cảm ơn giám đốc", "Yêu cầu giám đốc từ chức ngay tại kỳ họp", "Bỏ qua chuyện trách nhiệm, chuyển sang vấn đề khác"}, Ev: "Tôi ghi nhận giám đốc đã nhận trách nhiệm. Nhưng tôi đề nghị giám đốc không nói chung chung."},
				{Kind: "inference", P: "Vì sao chủ toạ đề nghị thư ký ghi nhận thời hạn và lên lịch giám sát?", O: []string{"*Để lời hứa lần này có thể kiểm tra được và có người chịu trách nhiệm", "Để kết thúc phiên họp sớm", "Vì thư ký chưa ghi biên bản", "Để khen thưởng giám đốc sở"}, Ev: "Thường trực Hội đồng sẽ tổ chức giám sát tại hai điểm trường"},
			},
		},
	)
}
