package longlisten

// Bậc 3 dialogues: two or three speakers, each with a voice of their own,
// on situations a cadre meets before and during the course.
func init() {
	all = append(all,
		Rec{N: 1, Kind: Dialogue, Level: 3, Topics: []string{"study", "office"},
			Title: "Phỏng vấn ở Ban Tổ chức Tỉnh uỷ Hủa Phăn",
			Speakers: []Speaker{
				{Label: "Cán bộ", Voice: "vi+m3", Pitch: 40},
				{Label: "Khăm Phòn", Voice: "vi+m6", Pitch: 55, Rate: 150},
			},
			Text: `Cán bộ: Mời đồng chí ngồi. Đồng chí tên là Khăm Phòn, công tác ở huyện Viêng Xay, đúng không?
Khăm Phòn: Vâng, đúng ạ. Tôi là phó trưởng phòng nội vụ huyện Viêng Xay.
Cán bộ: Đồng chí có nguyện vọng đi học lớp trung cấp lý luận chính trị ở Thanh Hoá. Đồng chí học tiếng Việt được bao lâu rồi?
Khăm Phòn: Dạ, tôi học được khoảng một năm, mỗi tuần ba buổi tối ở trung tâm của tỉnh. Ngoài ra tôi tự học thêm trên điện thoại.
Cán bộ: Đồng chí thấy kỹ năng nào khó nhất?
Khăm Phòn: Nghe là khó nhất ạ. Đọc thì tôi đọc được văn bản ngắn, nhưng khi người Việt nói nhanh, tôi chỉ hiểu được một nửa. Thanh điệu cũng khó, nhất là thanh hỏi và thanh ngã.
Cán bộ: Lớp học sáu tháng, giảng viên giảng hoàn toàn bằng tiếng Việt. Nếu nghe chưa tốt, đồng chí định làm thế nào?
Khăm Phòn: Tôi định từ bây giờ đến lúc đi, mỗi ngày nghe tin tức tiếng Việt ít nhất nửa tiếng. Khi sang học, tôi sẽ xin phép giảng viên ghi âm bài giảng để tối nghe lại.
Cán bộ: Tốt. Còn gia đình thì sao? Sáu tháng xa nhà, đồng chí có khó khăn gì không?
Khăm Phòn: Vợ tôi là giáo viên, con tôi đã học lớp tám. Gia đình ủng hộ tôi đi học. Công việc ở phòng thì trưởng phòng đã phân công người làm thay.
Cán bộ: Được. Tuần sau đồng chí sẽ làm bài kiểm tra tiếng Việt. Kết quả bài kiểm tra và ý kiến của huyện sẽ được Ban xem xét cùng nhau. Đồng chí còn câu hỏi gì không?
Khăm Phòn: Dạ, tôi muốn hỏi bài kiểm tra có phần nói không ạ?
Cán bộ: Có. Bài kiểm tra có bốn phần: nghe, đọc, viết và nói. Đồng chí cứ chuẩn bị đều cả bốn kỹ năng.`,
			TF: []TF{
				{S: "Khăm Phòn đã học tiếng Việt khoảng một năm.", A: true, Ev: "tôi học được khoảng một năm"},
				{S: "Khăm Phòn thấy đọc khó hơn nghe.", A: false, Ev: "Nghe là khó nhất ạ."},
				{S: "Bài kiểm tra tiếng Việt chỉ có phần đọc và viết.", A: false, Ev: "Bài kiểm tra có bốn phần: nghe, đọc, viết và nói."},
			},
			Qs: []Q{
				{Kind: "main", P: "Cuộc nói chuyện này nhằm mục đích gì?", O: []string{"*Tìm hiểu khả năng và sự chuẩn bị của một cán bộ trước khi cử đi học", "Giao nhiệm vụ mới cho phòng nội vụ huyện", "Hướng dẫn thủ tục xin thị thực", "Tuyển giáo viên tiếng Việt"}, Ev: "Đồng chí có nguyện vọng đi học lớp trung cấp lý luận chính trị ở Thanh Hoá."},
				{Kind: "detail", P: "Khăm Phòn thấy kỹ năng nào khó nhất?", O: []string{"*Nghe", "Đọc", "Viết", "Nói"}, Ev: "Nghe là khó nhất ạ."},
				{Kind: "inference", P: "Việc cử Khăm Phòn đi học sẽ được quyết định dựa vào đâu?", O: []string{"*Kết quả bài kiểm tra tiếng Việt cùng ý kiến của huyện", "Chỉ dựa vào nguyện vọng của anh", "Chỉ dựa vào ý kiến của gia đình", "Dựa vào số năm anh đã học tiếng Việt"}, Ev: "Kết quả bài kiểm tra và ý kiến của huyện sẽ được Ban xem xét cùng nhau."},
				{Kind: "stance", P: "Cán bộ đánh giá thế nào về kế hoạch học của Khăm Phòn?", O: []string{"*Tán thành", "Cho là không cần thiết", "Cho là quá muộn", "Không nói gì"}, Ev: "Tốt."},
			},
			Notes: Notes{
				Text: "Ứng viên: Khăm Phòn, phó trưởng phòng nội vụ huyện {1}. Đã học tiếng Việt khoảng {2} năm. Kỹ năng khó nhất: {3}. Bài kiểm tra có {4} phần.",
				A:    [][]string{{"Viêng Xay"}, {"một", "1"}, {"nghe"}, {"bốn", "4"}},
			},
		},
		Rec{N: 2, Kind: Dialogue, Level: 3, Topics: []string{"party-cell", "village"},
			Title: "Chi bộ bản bàn việc sửa đường",
			Speakers: []Speaker{
				{Label: "Bí thư", Voice: "vi+m2", Pitch: 45},
				{Label: "Chị Vàn", Voice: "vi+f2", Pitch: 60},
				{Label: "Anh Bun", Voice: "vi+m4", Pitch: 35, Rate: 175},
			},
			Text: `Bí thư: Thưa các đồng chí, hôm nay chi bộ bàn một việc chính: sửa đoạn đường từ bản ra đường lớn. Mùa mưa năm ngoái, đoạn đường này bị sạt, xe máy không đi được gần một tháng. Tôi mời các đồng chí phát biểu.
Chị Vàn: Tôi đề nghị sửa ngay trong mùa khô này. Nếu chờ đến mùa mưa thì không làm được nữa. Trẻ con đi học, người ốm đi viện đều phải qua đoạn đường đó.
Anh Bun: Tôi đồng ý là phải sửa. Nhưng tiền ở đâu? Huyện hứa hỗ trợ xi măng, còn công làm và đá, cát thì bản phải tự lo. Nhiều gia đình năm nay mất mùa, khó đóng góp tiền.
Bí thư: Đồng chí Bun nói đúng. Vậy ta tính thế này: gia đình nào khó khăn thì đóng góp bằng ngày công, không phải đóng tiền. Gia đình nào có điều kiện thì đóng thêm một ít. Các đồng chí thấy thế nào?
Chị Vàn: Tôi thấy hợp lý. Nhưng phải họp dân để bà con cùng bàn, chứ chi bộ không nên quyết định thay. Bà con có đồng ý thì mới làm nhiệt tình.
Anh Bun: Và phải công khai tiền đóng góp. Năm trước làm nhà văn hoá, có người nói không biết tiền đi đâu. Lần này nên dán bảng thu chi ở nhà văn hoá, mỗi tuần cập nhật một lần.
Bí thư: Tôi tiếp thu cả hai ý kiến. Vậy chi bộ thống nhất: thứ nhất, chủ nhật tuần này họp dân; thứ hai, mỗi hộ góp tiền hoặc ngày công tuỳ hoàn cảnh; thứ ba, đồng chí Bun phụ trách công khai thu chi. Đồng chí Vàn phụ trách vận động phụ nữ và thanh niên. Ai đồng ý xin giơ tay.`,
			TF: []TF{
				{S: "Đoạn đường bị sạt vào mùa mưa năm ngoái.", A: true, Ev: "Mùa mưa năm ngoái, đoạn đường này bị sạt"},
				{S: "Huyện hỗ trợ toàn bộ chi phí sửa đường.", A: false, Ev: "Huyện hứa hỗ trợ xi măng, còn công làm và đá, cát thì bản phải tự lo."},
				{S: "Chi bộ quyết định họp dân vào chủ nhật tuần này.", A: true, Ev: "chủ nhật tuần này họp dân"},
			},
			Qs: []Q{
				{Kind: "main", P: "Chi bộ họp để bàn việc gì?", O: []string{"*Sửa đoạn đường bị sạt từ bản ra đường lớn", "Xây nhà văn hoá mới", "Chuẩn bị cho mùa mưa năm sau", "Bầu bí thư chi bộ mới"}, Ev: "hôm nay chi bộ bàn một việc chính: sửa đoạn đường từ bản ra đường lớn."},
				{Kind: "detail", P: "Gia đình khó khăn sẽ đóng góp bằng gì?", O: []string{"*Ngày công lao động", "Xi măng", "Một nửa số tiền", "Không phải đóng góp gì"}, Ev: "gia đình nào khó khăn thì đóng góp bằng ngày công"},
				{Kind: "inference", P: "Vì sao anh Bun đề nghị dán bảng thu chi?", O: []string{"*Vì lần trước dân không rõ tiền đóng góp được dùng thế nào", "Vì huyện yêu cầu", "Vì anh muốn làm kế toán", "Vì bản chưa có nhà văn hoá"}, Ev: "Năm trước làm nhà văn hoá, có người nói không biết tiền đi đâu."},
				{Kind: "stance", P: "Chị Vàn có ý kiến gì về cách quyết định?", O: []string{"*Phải để dân cùng bàn, chi bộ không quyết thay", "Chi bộ nên tự quyết cho nhanh", "Nên để huyện quyết định", "Nên chờ đến năm sau"}, Ev: "chi bộ không nên quyết định thay."},
			},
		},
		Rec{N: 3, Kind: Dialogue, Level: 3, Topics: []string{"study"},
			Title: "Hỏi giảng viên cách ghi chép bài giảng",
			Speakers: []Speaker{
				{Label: "Học viên", Voice: "vi+f1", Pitch: 50, Rate: 150},
				{Label: "Giảng viên", Voice: "vi-vn-x-central+m3", Pitch: 42},
			},
			Text: `Học viên: Thưa cô, em xin hỏi cô một chút được không ạ?
Giảng viên: Được chứ, em cứ hỏi.
Học viên: Khi nghe giảng, em cố gắng chép hết những gì cô nói, nhưng cô nói nhanh quá, em chép không kịp. Cuối buổi em xem lại thì không hiểu mình đã chép gì.
Giảng viên: Đó là khó khăn chung của nhiều học viên. Em không nên chép hết. Ghi chép không phải là chép chính tả. Em chỉ cần ghi những ý chính.
Học viên: Nhưng làm sao em biết ý nào là ý chính ạ?
Giảng viên: Em chú ý những từ báo hiệu. Khi giảng viên nói “thứ nhất”, “thứ hai”, “tóm lại”, “điều quan trọng là”, thì sau đó thường là ý chính. Ngoài ra, những gì giảng viên nhắc lại hai, ba lần cũng là ý quan trọng.
Học viên: Dạ. Còn những từ dài như “chủ nghĩa xã hội”, em viết lâu lắm ạ.
Giảng viên: Em dùng chữ viết tắt. Ví dụ “chủ nghĩa xã hội” viết “CNXH”, “Uỷ ban nhân dân” viết “UBND”. Em cũng có thể ghi bằng tiếng Lào những chỗ em hiểu, chỗ nào chưa hiểu thì đánh dấu hỏi để hỏi lại.
Học viên: Như vậy có được không ạ? Em tưởng phải ghi bằng tiếng Việt hết.
Giảng viên: Được chứ. Bản ghi chép là của em, miễn là em hiểu. Quan trọng nhất là tối hôm đó em đọc lại và viết thêm cho đủ ý, khi còn nhớ bài. Để đến cuối tuần thì quên mất.`,
			TF: []TF{
				{S: "Giảng viên khuyên học viên chép lại mọi câu giảng viên nói.", A: false, Ev: "Em không nên chép hết."},
				{S: "Giảng viên cho phép dùng chữ viết tắt khi ghi chép.", A: true, Ev: "Em dùng chữ viết tắt."},
				{S: "Giảng viên khuyên để đến cuối tuần mới đọc lại bài.", A: false, Ev: "Để đến cuối tuần thì quên mất."},
			},
			Qs: []Q{
				{Kind: "main", P: "Học viên gặp giảng viên để làm gì?", O: []string{"*Xin lời khuyên về cách ghi chép khi nghe giảng", "Xin nghỉ học một buổi", "Hỏi điểm bài kiểm tra", "Mượn tài liệu"}, Ev: "Khi nghe giảng, em cố gắng chép hết những gì cô nói"},
				{Kind: "detail", P: "Theo giảng viên, dấu hiệu nào cho biết sắp có ý chính?", O: []string{"*Những từ như “thứ nhất”, “tóm lại”, “điều quan trọng là”", "Giảng viên nói nhỏ lại", "Giảng viên viết lên bảng", "Giảng viên đặt câu hỏi"}, Ev: "Khi giảng viên nói “thứ nhất”, “thứ hai”, “tóm lại”, “điều quan trọng là”, thì sau đó thường là ý chính."},
				{Kind: "stance", P: "Giảng viên nghĩ gì về việc ghi chép bằng tiếng Lào?", O: []string{"*Chấp nhận được, miễn là học viên hiểu", "Không được phép", "Chỉ được dùng trong giờ thảo luận", "Chỉ được ghi tên riêng"}, Ev: "Bản ghi chép là của em, miễn là em hiểu."},
				{Kind: "inference", P: "Vì sao giảng viên khuyên đọc lại bài ngay tối hôm đó?", O: []string{"*Vì lúc đó còn nhớ bài nên dễ bổ sung những ý còn thiếu", "Vì buổi tối yên tĩnh hơn", "Vì hôm sau có bài kiểm tra", "Vì giảng viên sẽ thu vở"}, Ev: "khi còn nhớ bài."},
			},
		},
		Rec{N: 4, Kind: Dialogue, Level: 3, Topics: []string{"study", "arrival"},
			Title: "Điện thoại từ phòng đào tạo: chuẩn bị trước khi sang học",
			Speakers: []Speaker{
				{Label: "Cán bộ đào tạo", Voice: "vi+f3", Pitch: 62},
				{Label: "Xổm Phết", Voice: "vi+m1", Pitch: 38, Rate: 150},
			},
			Text: `Cán bộ đào tạo: A lô, tôi gọi từ Phòng Đào tạo, Trường Chính trị tỉnh Thanh Hoá. Xin hỏi có phải đồng chí Xổm Phết không ạ?
Xổm Phết: Vâng, tôi là Xổm Phết đây. Chào chị.
Cán bộ đào tạo: Chào đồng chí. Tôi gọi để báo về việc chuẩn bị cho khoá học. Khoá học sẽ khai giảng vào ngày mười lăm tháng ba. Học viên cần có mặt ở trường trước ngày khai giảng hai ngày.
Xổm Phết: Dạ, tôi nhớ rồi. Tôi cần mang những giấy tờ gì ạ?
Cán bộ đào tạo: Đồng chí mang hộ chiếu, quyết định cử đi học của tỉnh, sơ yếu lý lịch có xác nhận, bằng tốt nghiệp cao nhất, và bốn ảnh cỡ ba nhân bốn. Giấy khám sức khoẻ thì đồng chí làm ở Hủa Phăn trước khi đi, không quá sáu tháng.
Xổm Phết: Về chỗ ở thì thế nào ạ?
Cán bộ đào tạo: Học viên ở ký túc xá của trường, hai người một phòng. Phòng có giường, bàn học, quạt và điều hoà. Đồng chí chỉ cần mang quần áo và đồ dùng cá nhân. Tháng ba ở Thanh Hoá còn lạnh và hay mưa phùn, đồng chí nhớ mang áo ấm.
Xổm Phết: Cảm ơn chị. Còn một việc nữa: trước khi sang, tôi có nên học thêm gì không ạ?
Cán bộ đào tạo: Có. Nhà trường sẽ gửi cho đồng chí danh sách khoảng hai trăm thuật ngữ chính trị thường dùng. Đồng chí nên học trước. Học viên các khoá trước nói rằng biết trước những từ này thì những tuần đầu nghe giảng đỡ vất vả hơn nhiều.`,
			TF: []TF{
				{S: "Khoá học khai giảng vào tháng ba.", A: true, Ev: "Khoá học sẽ khai giảng vào ngày mười lăm tháng ba."},
				{S: "Học viên phải làm giấy khám sức khoẻ ở Thanh Hoá.", A: false, Ev: "Giấy khám sức khoẻ thì đồng chí làm ở Hủa Phăn trước khi đi"},
				{S: "Mỗi phòng ký túc xá có bốn học viên.", A: false, Ev: "hai người một phòng"},
			},
			Qs: []Q{
				{Kind: "main", P: "Cán bộ đào tạo gọi điện để làm gì?", O: []string{"*Thông báo những điều cần chuẩn bị trước khoá học", "Mời Xổm Phết làm giảng viên", "Báo khoá học bị hoãn", "Hỏi ý kiến về chương trình học"}, Ev: "Tôi gọi để báo về việc chuẩn bị cho khoá học."},
				{Kind: "detail", P: "Học viên cần có mặt ở trường vào ngày nào?", O: []string{"*Ngày 13 tháng 3", "Ngày 15 tháng 3", "Ngày 17 tháng 3", "Ngày 3 tháng 5"}, Ev: "Học viên cần có mặt ở trường trước ngày khai giảng hai ngày."},
				{Kind: "inference", P: "Vì sao cán bộ nhắc mang áo ấm?", O: []string{"*Vì thời tiết tháng ba ở Thanh Hoá còn lạnh", "Vì phòng không có điều hoà", "Vì lớp học có điều hoà rất lạnh", "Vì Hủa Phăn lạnh hơn Thanh Hoá"}, Ev: "Tháng ba ở Thanh Hoá còn lạnh và hay mưa phùn"},
				{Kind: "stance", P: "Theo học viên các khoá trước, việc học thuật ngữ trước có tác dụng gì?", O: []string{"*Giúp những tuần đầu nghe giảng bớt vất vả", "Không có tác dụng gì", "Giúp được miễn thi", "Giúp được ở phòng riêng"}, Ev: "biết trước những từ này thì những tuần đầu nghe giảng đỡ vất vả hơn nhiều."},
			},
			Notes: Notes{
				Text: "Khai giảng: ngày {1} tháng 3. Giấy tờ: hộ chiếu, quyết định cử đi học, sơ yếu lý lịch, bằng tốt nghiệp, {2} ảnh 3x4. Ký túc xá: {3} người một phòng. Học trước khoảng {4} thuật ngữ.",
				A:    [][]string{{"mười lăm", "15"}, {"bốn", "4"}, {"hai", "2"}, {"hai trăm", "200"}},
			},
		},
	)
}
