package readlisten

// Listening, Bậc 3: the main points of clear standard speech on familiar
// matters: school life, party-cell and village meetings, office work,
// local news, Houaphanh and Thanh Hoá.
func init() {
	allListenLevels = append(allListenLevels, ListenLevel{
		Level: 3,
		Tones: tonesB3,
		Dict: []LDict{
			{Tp: []string{"study"}, T: "Lớp trung cấp lý luận chính trị học trong sáu tháng.", Alt: []string{"Lớp trung cấp lí luận chính trị học trong sáu tháng."}},
			{Tp: []string{"study"}, T: "Mỗi tuần chúng tôi học năm ngày, từ thứ Hai đến thứ Sáu."},
			{Tp: []string{"study"}, T: "Sau giờ học, tôi thường ôn bài ở thư viện."},
			{Tp: []string{"study", "arrival"}, T: "Đồng chí Hiệu trưởng phát biểu tại lễ khai giảng."},
			{Tp: []string{"friendship"}, T: "Việt Nam và Lào có chung đường biên giới dài."},
			{Tp: []string{"party-cell"}, T: "Chi bộ đã họp để bàn kế hoạch công tác quý ba."},
			{Tp: []string{"study"}, T: "Học viên cần chuẩn bị bài trước khi lên lớp."},
			{T: "Tỉnh Thanh Hoá có nhiều di tích lịch sử nổi tiếng."},
			{Tp: []string{"village"}, T: "Năm nay thôn tôi được mùa nên bà con rất phấn khởi."},
			{Tp: []string{"party-cell"}, T: "Đảng viên phải gương mẫu trong công tác và trong đời sống."},
			{Tp: []string{"study"}, T: "Chúng tôi được đi thực tế ở huyện Thọ Xuân."},
			{Tp: []string{"office"}, T: "Bản báo cáo phải nộp trước ngày mười lăm tháng này."},
			{Tp: []string{"friendship"}, T: "Cửa khẩu Na Mèo nối tỉnh Thanh Hoá với tỉnh Hủa Phăn."},
			{Tp: []string{"party-cell", "theory"}, T: "Ở cơ sở, chi bộ là hạt nhân chính trị."},
			{Tp: []string{"study"}, T: "Giảng viên yêu cầu mỗi nhóm viết một bản thu hoạch."},
			{Tp: []string{"village"}, T: "Trưởng thôn phải lắng nghe ý kiến của nhân dân."},
			{Tp: []string{"study"}, T: "Trong giờ thảo luận, mọi người đều được phát biểu."},
			{Tp: []string{"friendship"}, T: "Chủ tịch Hồ Chí Minh rất quan tâm đến tình đoàn kết giữa Việt Nam và Lào."},
			{Tp: []string{"office", "village"}, T: "Uỷ ban nhân dân xã vừa tổ chức hội nghị tiếp xúc cử tri."},
			{Tp: []string{"friendship"}, T: "Hằng năm, tỉnh Hủa Phăn cử cán bộ sang học tập tại Thanh Hoá.", Alt: []string{"Hàng năm, tỉnh Hủa Phăn cử cán bộ sang học tập tại Thanh Hoá."}},
		},
		Sits: []LSit{
			{Tp: []string{"study"}, T: "Theo kế hoạch, lớp sẽ thi hết học phần Triết học vào ngày hai mươi tháng mười. Học viên được ôn tập trong hai tuần trước đó.",
				Q: Q{P: "Học viên được ôn tập trong bao lâu?", O: []string{"*Hai tuần", "Hai ngày", "Một tháng", "Mười ngày"}}},
			{Tp: []string{"friendship", "news"}, T: "Xin thông báo. Chuyến xe đi Sầm Nưa sáng nay khởi hành chậm một tiếng vì đường bị sạt lở.",
				Q: Q{P: "Vì sao xe khởi hành chậm?", O: []string{"*Đường bị sạt lở", "Xe bị hỏng", "Lái xe bị ốm", "Có nhiều khách"}}},
			{Tp: []string{"party-cell"}, T: "Tôi đề nghị chi bộ giao cho đồng chí Lan phụ trách công tác phụ nữ, vì đồng chí có nhiều kinh nghiệm.",
				Q: Q{P: "Người nói đề nghị gì?", O: []string{"*Giao cho đồng chí Lan phụ trách công tác phụ nữ", "Kết nạp đồng chí Lan vào Đảng", "Cử đồng chí Lan đi học", "Bầu đồng chí Lan làm bí thư"}}},
			{Tp: []string{"study"}, T: "Mặc dù mới học tiếng Việt được một năm, anh Khăm Phòn đã nghe hiểu được hầu hết bài giảng.",
				Q: Q{P: "Câu nói cho biết điều gì về anh Khăm Phòn?", O: []string{"*Anh ấy nghe hiểu tốt dù học chưa lâu", "Anh ấy đã học tiếng Việt rất lâu", "Anh ấy không hiểu bài giảng", "Anh ấy là giảng viên"}}},
			{Tp: []string{"news"}, T: "Sau đây là dự báo thời tiết. Ngày mai các tỉnh Bắc Trung Bộ có mưa rào và dông, nhiệt độ từ hai mươi hai đến hai mươi tám độ.",
				Q: Q{P: "Ngày mai thời tiết ở Bắc Trung Bộ thế nào?", O: []string{"*Có mưa rào và dông", "Nắng nóng", "Rét đậm", "Khô, không mưa"}}},
			{Tp: []string{"study", "office"}, T: "Văn phòng xin thông báo, học viên nào chưa nộp ảnh làm thẻ thì nộp trước thứ Tư, nếu không sẽ không có thẻ vào thư viện.",
				Q: Q{P: "Nếu không nộp ảnh trước thứ Tư thì sao?", O: []string{"*Không có thẻ vào thư viện", "Không được thi", "Phải nộp tiền phạt", "Không được ăn ở nhà ăn"}}},
			{Tp: []string{"village"}, T: "Năm nay xã đã làm mới được ba cây số đường bê tông, nhờ nhân dân góp tiền và ngày công.",
				Q: Q{P: "Nhờ đâu xã làm được đường mới?", O: []string{"*Nhân dân góp tiền và ngày công", "Tỉnh cho toàn bộ tiền", "Một công ty nước ngoài giúp", "Học viên đến giúp"}}},
			{T: "Anh Bun Mi ơi, chiều nay em bận họp nên không đi thư viện với anh được. Mình hẹn sáng mai nhé.",
				Q: Q{P: "Người nói muốn làm gì?", O: []string{"*Hẹn đi thư viện vào sáng mai", "Đi thư viện chiều nay", "Không đi thư viện nữa", "Rủ anh Bun Mi đi họp"}}},
			{Tp: []string{"office", "news"}, T: "Trong bài phát biểu, đồng chí Bí thư nhấn mạnh: phải đẩy mạnh cải cách hành chính để phục vụ nhân dân tốt hơn.",
				Q: Q{P: "Đồng chí Bí thư nhấn mạnh điều gì?", O: []string{"*Đẩy mạnh cải cách hành chính", "Tăng thuế", "Xây thêm trường học", "Giảm số cán bộ"}}},
			{Tp: []string{"arrival"}, T: "Sau ba tháng ở Việt Nam, điều tôi thấy khó nhất không phải là tiếng Việt mà là thời tiết: mùa đông ở đây vừa lạnh vừa ẩm.",
				Q: Q{P: "Người nói thấy điều gì khó nhất?", O: []string{"*Thời tiết", "Tiếng Việt", "Món ăn", "Bài giảng"}}},
		},
		Groups: []LGroup{
			{Title: "Gặp giáo viên chủ nhiệm", Kind: "dialogue", Tp: []string{"study", "arrival"},
				T: `Cô Hằng: Chào các đồng chí. Tôi là Lê Thị Hằng, giáo viên chủ nhiệm lớp Lào khoá sáu.
Khăm Phòn: Chào cô. Cô cho chúng em hỏi, chương trình học gồm những môn gì ạ?
Cô Hằng: Hai tháng đầu các đồng chí học tiếng Việt. Sau đó học các môn lý luận: triết học, kinh tế chính trị, chủ nghĩa xã hội khoa học, tư tưởng Hồ Chí Minh và một số môn về quản lý nhà nước.
Khăm Phòn: Lớp có được đi thực tế không cô?
Cô Hằng: Có. Cuối khoá, lớp sẽ đi thực tế ở một huyện miền núi của Thanh Hoá, rồi viết bài thu hoạch.`,
				Qs: []Q{
					{P: "Cô Hằng là ai?", O: []string{"*Giáo viên chủ nhiệm lớp", "Hiệu trưởng", "Học viên", "Cán bộ thư viện"}},
					{P: "Hai tháng đầu học viên học gì?", O: []string{"*Tiếng Việt", "Triết học", "Kinh tế chính trị", "Quản lý nhà nước"}},
					{P: "Cuối khoá lớp làm gì?", O: []string{"*Đi thực tế và viết bài thu hoạch", "Về Lào nghỉ", "Thi tiếng Việt", "Học thêm một khoá"}},
					{P: "Môn nào cô Hằng KHÔNG nhắc đến?", O: []string{"*Lịch sử thế giới", "Triết học", "Tư tưởng Hồ Chí Minh", "Chủ nghĩa xã hội khoa học"}},
				}},
			{Title: "Lịch tuần này của lớp", Kind: "notice", Tp: []string{"study"},
				T: `Thông báo lịch tuần này của lớp. Sáng thứ Hai, chào cờ lúc bảy giờ, sau đó học bình thường. Chiều thứ Ba, lớp thảo luận tổ ở các phòng nhỏ tầng ba. Thứ Tư, lớp nghỉ học để đi thăm Thành nhà Hồ; xe xuất phát lúc sáu giờ ba mươi. Thứ Năm và thứ Sáu học bình thường. Tối thứ Sáu có giao lưu văn nghệ với học viên lớp cán bộ trẻ của trường.`,
				Qs: []Q{
					{P: "Chiều thứ Ba lớp làm gì?", O: []string{"*Thảo luận tổ", "Chào cờ", "Đi tham quan", "Giao lưu văn nghệ"}},
					{P: "Thứ Tư lớp đi đâu?", O: []string{"*Thành nhà Hồ", "Biển Sầm Sơn", "Khu di tích Lam Kinh", "Hà Nội"}},
					{P: "Xe xuất phát lúc mấy giờ?", O: []string{"*6 giờ 30", "7 giờ", "6 giờ", "7 giờ 30"}},
					{P: "Tối thứ Sáu có hoạt động gì?", O: []string{"*Giao lưu văn nghệ", "Họp lớp", "Thi hết học phần", "Xem phim"}},
				}},
			{Title: "Họp chi bộ thôn", Kind: "dialogue", Tp: []string{"party-cell", "village"},
				T: `Bí thư: Hôm nay chi bộ họp để bàn hai việc: tổng kết vụ lúa và chuẩn bị Tết trồng cây.
Đồng chí Tâm: Báo cáo đồng chí, vụ này năng suất lúa của thôn đạt sáu tấn một héc-ta, cao hơn năm ngoái.
Bí thư: Tốt. Về Tết trồng cây, mỗi gia đình trồng ít nhất năm cây. Đoàn thanh niên nhận trồng cây ở hai bên đường vào thôn.
Đồng chí Nga: Tôi đề nghị giao cho hội phụ nữ chuẩn bị cây giống.
Bí thư: Đồng ý. Các đồng chí còn ý kiến gì khác không? Nếu không, chúng ta biểu quyết.`,
				Qs: []Q{
					{P: "Chi bộ họp bàn mấy việc?", O: []string{"*Hai việc", "Một việc", "Ba việc", "Bốn việc"}},
					{P: "Năng suất lúa vụ này so với năm ngoái thế nào?", O: []string{"*Cao hơn", "Thấp hơn", "Bằng năm ngoái", "Chưa biết"}},
					{P: "Đoàn thanh niên nhận việc gì?", O: []string{"*Trồng cây hai bên đường vào thôn", "Chuẩn bị cây giống", "Gặt lúa", "Tổng kết vụ lúa"}},
					{P: "Hội phụ nữ được đề nghị làm gì?", O: []string{"*Chuẩn bị cây giống", "Trồng cây ở trường học", "Nấu ăn cho cuộc họp", "Báo cáo năng suất lúa"}},
				}},
			{Title: "Đoàn đại biểu tỉnh Hủa Phăn thăm Thanh Hoá", Kind: "news", Tp: []string{"friendship", "news"},
				T: `Sáng nay, tại thành phố Thanh Hoá, Uỷ ban nhân dân tỉnh Thanh Hoá đã tiếp đoàn đại biểu tỉnh Hủa Phăn, nước Cộng hoà Dân chủ Nhân dân Lào, do đồng chí Phó Bí thư Tỉnh uỷ làm trưởng đoàn. Hai bên đã trao đổi về kết quả hợp tác trong năm qua và thống nhất tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và thương mại qua cửa khẩu Na Mèo. Nhân dịp này, tỉnh Thanh Hoá trao tặng tỉnh Hủa Phăn hai xe cứu thương.`,
				Qs: []Q{
					{P: "Ai làm trưởng đoàn tỉnh Hủa Phăn?", O: []string{"*Phó Bí thư Tỉnh uỷ", "Chủ tịch nước", "Bí thư huyện", "Giám đốc bệnh viện"}},
					{P: "Hai bên thống nhất tăng cường hợp tác trong những lĩnh vực nào?", O: []string{"*Giáo dục, y tế và thương mại", "Quân sự và du lịch", "Thể thao và văn hoá", "Nông nghiệp và lâm nghiệp"}},
					{P: "Tỉnh Thanh Hoá trao tặng gì?", O: []string{"*Hai xe cứu thương", "Hai xe buýt", "Một trường học", "Hai máy tính"}},
					{P: "Bản tin nhắc đến cửa khẩu nào?", O: []string{"*Na Mèo", "Cầu Treo", "Lao Bảo", "Nậm Cắn"}},
				}},
			{Title: "Đi khám bệnh", Kind: "dialogue", Tp: []string{"daily-life"},
				T: `Bác sĩ: Anh thấy trong người thế nào?
Vi Lay: Thưa bác sĩ, từ hôm qua tôi bị đau bụng, không ăn được và hơi sốt.
Bác sĩ: Hôm qua anh ăn gì?
Vi Lay: Tôi ăn gỏi cá ở một quán gần chợ.
Bác sĩ: Có thể anh bị ngộ độc thức ăn nhẹ. Tôi kê đơn thuốc cho anh uống trong ba ngày. Anh nên ăn cháo, uống nhiều nước. Nếu sau hai ngày vẫn sốt thì anh quay lại khám.`,
				Qs: []Q{
					{P: "Vi Lay bị làm sao?", O: []string{"*Đau bụng và hơi sốt", "Đau đầu", "Ho nhiều", "Đau chân"}},
					{P: "Theo bác sĩ, nguyên nhân có thể là gì?", O: []string{"*Ngộ độc thức ăn nhẹ", "Bị cảm lạnh", "Làm việc quá sức", "Thiếu ngủ"}},
					{P: "Bác sĩ khuyên Vi Lay ăn gì?", O: []string{"*Cháo", "Gỏi cá", "Thịt bò", "Bánh mì"}},
					{P: "Khi nào Vi Lay phải quay lại khám?", O: []string{"*Nếu sau hai ngày vẫn sốt", "Sau ba ngày", "Ngày mai", "Sau một tuần"}},
				}},
			{Title: "Giới thiệu về nhà trường", Kind: "talk", Tp: []string{"arrival", "study"},
				T: `Chào mừng các đồng chí học viên Lào đến với Trường Chính trị tỉnh Thanh Hoá. Trường có nhiệm vụ đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương. Từ nhiều năm nay, trường đã mở các lớp trung cấp lý luận chính trị cho cán bộ tỉnh Hủa Phăn. Trong thời gian học, các đồng chí ở ký túc xá của trường và ăn ở nhà ăn tập thể. Nếu có khó khăn gì, các đồng chí liên hệ với phòng Quản lý đào tạo hoặc giáo viên chủ nhiệm.`,
				Qs: []Q{
					{P: "Nhiệm vụ của trường là gì?", O: []string{"*Đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý", "Dạy nghề cho thanh niên", "Dạy tiếng Việt cho du khách", "Khám chữa bệnh cho nhân dân"}},
					{P: "Trường mở lớp gì cho cán bộ tỉnh Hủa Phăn?", O: []string{"*Trung cấp lý luận chính trị", "Cao cấp lý luận chính trị", "Đại học nông nghiệp", "Tiếng Anh"}},
					{P: "Học viên ăn ở đâu?", O: []string{"*Ở nhà ăn tập thể", "Ở quán ăn ngoài trường", "Ở phòng ký túc xá", "Ở nhà dân"}},
					{P: "Khi có khó khăn, học viên có thể liên hệ với ai? (Chọn hai đáp án.)", O: []string{"*Phòng Quản lý đào tạo", "*Giáo viên chủ nhiệm", "Ban quản lý chợ", "Đại sứ quán"}},
				}},
			{Title: "Ở văn phòng", Kind: "dialogue", Tp: []string{"office"},
				T: `Trưởng phòng: Chị Mai ơi, công văn gửi Sở Nội vụ đã xong chưa?
Chị Mai: Dạ, em soạn xong rồi, nhưng chưa có chữ ký của anh.
Trưởng phòng: Chị mang vào đây tôi ký. Sau đó chị đóng dấu và gửi ngay trong sáng nay nhé.
Chị Mai: Vâng. Còn giấy mời họp ngày thứ Năm, em gửi cho các xã qua thư điện tử được không ạ?
Trưởng phòng: Được, nhưng chị gọi điện nhắc thêm để các xã cử người đi họp đúng thành phần.`,
				Qs: []Q{
					{P: "Vì sao công văn chưa gửi đi được?", O: []string{"*Chưa có chữ ký của trưởng phòng", "Chị Mai chưa soạn xong", "Chưa có địa chỉ", "Máy tính bị hỏng"}},
					{P: "Công văn phải gửi khi nào?", O: []string{"*Trong sáng nay", "Chiều nay", "Ngày mai", "Thứ Năm"}},
					{P: "Giấy mời họp được gửi bằng cách nào?", O: []string{"*Qua thư điện tử", "Qua bưu điện", "Mang đến tận nơi", "Qua đài phát thanh"}},
					{P: "Trưởng phòng dặn chị Mai làm thêm việc gì?", O: []string{"*Gọi điện nhắc các xã", "Viết lại giấy mời", "Đi họp thay", "Mua văn phòng phẩm"}},
				}},
			{Title: "Quê hương Hủa Phăn", Kind: "talk", Tp: []string{"friendship"},
				T: `Tôi xin giới thiệu một chút về quê hương tôi. Tỉnh Hủa Phăn ở phía đông bắc nước Lào, giáp với các tỉnh Thanh Hoá, Nghệ An và Sơn La của Việt Nam. Tỉnh có nhiều núi cao, khí hậu mát mẻ, mùa đông khá lạnh. Người dân chủ yếu làm nông nghiệp: trồng lúa, trồng ngô và chăn nuôi. Hủa Phăn có khu hang động Viêng Xay, nơi các nhà lãnh đạo cách mạng Lào đã sống và làm việc trong những năm kháng chiến. Vì vậy, Hủa Phăn được gọi là cái nôi của cách mạng Lào.`,
				Qs: []Q{
					{P: "Tỉnh Hủa Phăn ở phía nào của nước Lào?", O: []string{"*Phía đông bắc", "Phía tây nam", "Phía nam", "Phía tây"}},
					{P: "Hủa Phăn giáp những tỉnh nào của Việt Nam?", O: []string{"*Thanh Hoá, Nghệ An và Sơn La", "Hà Nội và Hải Phòng", "Quảng Trị và Huế", "Lào Cai và Hà Giang"}},
					{P: "Người dân Hủa Phăn chủ yếu làm nghề gì?", O: []string{"*Nông nghiệp", "Đánh cá", "Công nghiệp", "Du lịch"}},
					{P: "Vì sao Hủa Phăn được gọi là cái nôi của cách mạng Lào?", O: []string{"*Vì các nhà lãnh đạo cách mạng đã sống và làm việc ở Viêng Xay", "Vì có nhiều núi cao", "Vì khí hậu mát mẻ", "Vì giáp với Việt Nam"}},
				}},
			{Title: "Lớp học thêm tiếng Việt", Kind: "dialogue", Tp: []string{"study"},
				T: `Lớp trưởng: Các đồng chí chú ý. Nhà trường mở lớp học thêm tiếng Việt vào tối thứ Ba và tối thứ Năm, từ bảy giờ đến chín giờ.
Học viên: Lớp học ở đâu, và có phải trả tiền không anh?
Lớp trưởng: Học ở phòng hai lẻ một nhà A. Lớp miễn phí, nhưng mỗi người phải đăng ký trước thứ Sáu tuần này.
Học viên: Ai dạy lớp này vậy anh?
Lớp trưởng: Cô Hằng và một số sinh viên Trường Đại học Hồng Đức đến giúp.`,
				Qs: []Q{
					{P: "Lớp học thêm vào những buổi nào?", O: []string{"*Tối thứ Ba và tối thứ Năm", "Sáng thứ Ba và sáng thứ Năm", "Tối thứ Hai và tối thứ Tư", "Cuối tuần"}},
					{P: "Học thêm có phải trả tiền không?", O: []string{"*Không, lớp miễn phí", "Có, mỗi buổi một trăm nghìn", "Có, trả một lần khi đăng ký", "Chưa biết"}},
					{P: "Hạn đăng ký là khi nào?", O: []string{"*Trước thứ Sáu tuần này", "Trước thứ Ba", "Tuần sau", "Cuối tháng"}},
					{P: "Ai dạy lớp học thêm?", O: []string{"*Cô Hằng và một số sinh viên", "Chỉ có cô Hằng", "Lớp trưởng", "Một giảng viên người Lào"}},
				}},
			{Title: "Xây dựng nông thôn mới", Kind: "news", Tp: []string{"village", "news"},
				T: `Một huyện miền núi của tỉnh Thanh Hoá vừa tổng kết năm năm xây dựng nông thôn mới. Đến nay, toàn huyện đã có mười hai xã đạt chuẩn nông thôn mới. Thu nhập bình quân của người dân tăng gần gấp đôi so với năm năm trước. Nhiều thôn, bản đã có đường bê tông, nhà văn hoá và điện lưới. Tuy nhiên, một số xã vùng cao vẫn còn nhiều khó khăn, tỷ lệ hộ nghèo còn cao.`,
				Qs: []Q{
					{P: "Bản tin nói về việc gì?", O: []string{"*Kết quả xây dựng nông thôn mới", "Bầu cử đại biểu Quốc hội", "Thời tiết", "Du lịch"}},
					{P: "Có bao nhiêu xã đạt chuẩn nông thôn mới?", O: []string{"*12", "5", "20", "2"}},
					{P: "Thu nhập bình quân của người dân thay đổi thế nào?", O: []string{"*Tăng gần gấp đôi", "Tăng gấp ba", "Giảm", "Không thay đổi"}},
					{P: "Khó khăn nào vẫn còn?", O: []string{"*Tỷ lệ hộ nghèo ở một số xã vùng cao còn cao", "Thị trấn thiếu trường học", "Cả huyện chưa có điện", "Dân số giảm nhanh"}},
				}},
		},
	})
}
