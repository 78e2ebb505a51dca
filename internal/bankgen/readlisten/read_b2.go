package readlisten

// Reading, Bậc 2: letters, notices, invitations, house rules and short
// texts on Thanh Hoá; sentences joined by và, nhưng, vì, nên.
func init() {
	allReadLevels = append(allReadLevels, ReadLevel{
		Level: 2,
		Groups: []RGroup{
			{Title: "Thư gửi bạn", Tp: []string{"daily-life", "arrival"},
				Text: `Thanh Hoá, ngày 15 tháng 10
Khăm Phết thân mến,
Mình đến Thanh Hoá đã được hai tuần rồi. Trường của mình rộng và đẹp, có nhiều cây xanh. Phòng mình ở tầng ba, có bốn người, ai cũng vui vẻ. Buổi sáng mình học tiếng Việt, buổi chiều tự học ở thư viện hoặc chơi thể thao. Đồ ăn ở đây hơi khác ở Lào, nhưng mình đã quen dần. Mình thích nhất là nem chua Thanh Hoá. Cuối tuần trước, lớp mình đi thăm biển Sầm Sơn. Biển rất đẹp nhưng đông người.
Bạn có khoẻ không? Gia đình bạn thế nào? Viết thư cho mình nhé.
Thân,
Bun Thoong`,
				Qs: []Q{
					{P: "Bun Thoong đến Thanh Hoá được bao lâu?", O: []string{"*Hai tuần", "Hai tháng", "Một tuần", "Ba tuần"}},
					{P: "Buổi chiều Bun Thoong thường làm gì?", O: []string{"*Tự học ở thư viện hoặc chơi thể thao", "Học tiếng Việt trên lớp", "Đi biển", "Đi làm thêm"}},
					{P: "Bun Thoong thích nhất món gì?", O: []string{"*Nem chua", "Phở", "Bánh mì", "Xôi"}},
				},
				TFs: []TF{
					{S: "Phòng của Bun Thoong có bốn người.", A: true},
					{S: "Bun Thoong chưa quen với đồ ăn ở Thanh Hoá.", A: false, F: "Bun Thoong viết: “mình đã quen dần”.", FE: "Bun Thoong writes that he is getting used to it."},
					{S: "Biển Sầm Sơn vắng người.", A: false},
				}},
			{Title: "Thông báo khám sức khoẻ", Tp: []string{"arrival", "office"},
				Text: `THÔNG BÁO
Về việc khám sức khoẻ cho học viên lớp Lào khoá 6
Phòng Quản lý đào tạo thông báo: Bệnh viện Đa khoa tỉnh sẽ khám sức khoẻ cho học viên vào sáng thứ Tư, ngày 20 tháng 9, từ 7 giờ đến 11 giờ, tại hội trường tầng một.
Học viên cần:
– Không ăn sáng trước khi khám (để xét nghiệm máu);
– Mang theo thẻ học viên và sổ khám bệnh (nếu có);
– Có mặt đúng giờ, vào khám theo thứ tự trong danh sách.
Học viên bị ốm hoặc có việc riêng không đến được phải báo cho giáo viên chủ nhiệm trước thứ Ba.`,
				Qs: []Q{
					{P: "Ai khám sức khoẻ cho học viên?", O: []string{"*Bệnh viện Đa khoa tỉnh", "Phòng Quản lý đào tạo", "Giáo viên chủ nhiệm", "Trạm y tế xã"}},
					{P: "Vì sao học viên không được ăn sáng trước khi khám?", O: []string{"*Để xét nghiệm máu", "Vì nhà ăn đóng cửa", "Vì khám rất sớm", "Vì phải tiết kiệm"}},
					{P: "Học viên phải mang theo gì?", O: []string{"*Thẻ học viên và sổ khám bệnh, nếu có", "Hộ chiếu và tiền", "Ảnh và giấy khai sinh", "Không cần mang gì"}},
				},
				TFs: []TF{
					{S: "Học viên khám sức khoẻ ở bệnh viện.", A: false, F: "Học viên khám tại hội trường tầng một của trường.", FE: "The check-up is held in the ground-floor hall of the school."},
					{S: "Học viên không đến được phải báo trước thứ Ba.", A: true},
					{S: "Buổi khám kéo dài đến 11 giờ.", A: true},
				}},
			{Title: "Đi chợ ở Thanh Hoá", Tp: []string{"daily-life"},
				Text: `Chợ gần trường mở cửa từ sáng sớm đến tối. Buổi sáng chợ đông nhất vì người dân đi mua rau, thịt, cá tươi. Ở chợ, người bán thường nói giá cao hơn một chút, vì vậy người mua có thể mặc cả. Tuy nhiên, ở các cửa hàng có ghi giá thì không nên mặc cả. Học viên Lào thích mua hoa quả ở chợ vì rẻ và tươi. Một số bạn còn mua nem chua và bánh gai để làm quà khi về nước.`,
				Qs: []Q{
					{P: "Chợ đông nhất vào lúc nào?", O: []string{"*Buổi sáng", "Buổi trưa", "Buổi chiều", "Buổi tối"}},
					{P: "Ở đâu thì không nên mặc cả?", O: []string{"*Ở cửa hàng có ghi giá", "Ở chợ", "Ở quầy rau", "Ở quầy hoa quả"}},
					{P: "Học viên Lào mua gì để làm quà?", O: []string{"*Nem chua và bánh gai", "Rau và thịt", "Cá tươi", "Quần áo"}},
				},
				TFs: []TF{
					{S: "Ở chợ, người mua có thể mặc cả.", A: true},
					{S: "Học viên Lào thích mua hoa quả ở chợ vì đắt.", A: false},
				}},
			{Title: "Giấy mời họp", Tp: []string{"office", "village"},
				Text: `UỶ BAN NHÂN DÂN XÃ AN THỊNH
GIẤY MỜI
Kính gửi: Ông (bà) trưởng thôn, bí thư chi bộ các thôn
Uỷ ban nhân dân xã trân trọng kính mời ông (bà) đến dự hội nghị triển khai kế hoạch phòng, chống bão lụt năm nay.
Thời gian: 8 giờ, thứ Năm, ngày 12 tháng 6.
Địa điểm: Hội trường Uỷ ban nhân dân xã.
Đề nghị các thôn chuẩn bị báo cáo ngắn về những hộ gia đình ở vùng thấp, dễ bị ngập.
Rất mong ông (bà) đến dự đúng giờ.`,
				Qs: []Q{
					{P: "Ai được mời dự hội nghị?", O: []string{"*Trưởng thôn và bí thư chi bộ các thôn", "Tất cả người dân trong xã", "Học sinh các trường", "Cán bộ tỉnh"}},
					{P: "Hội nghị bàn về việc gì?", O: []string{"*Phòng, chống bão lụt", "Bầu cử", "Trồng cây", "Làm đường"}},
					{P: "Các thôn cần chuẩn bị gì?", O: []string{"*Báo cáo về những hộ ở vùng thấp, dễ bị ngập", "Tiền đóng góp", "Danh sách học sinh", "Cây giống"}},
				},
				TFs: []TF{
					{S: "Hội nghị tổ chức ở nhà văn hoá thôn.", A: false},
					{S: "Hội nghị bắt đầu lúc 8 giờ.", A: true},
				}},
			{Title: "Khu di tích Lam Kinh", Tp: []string{"daily-life", "study"},
				Text: `Khu di tích Lam Kinh ở huyện Thọ Xuân, tỉnh Thanh Hoá. Đây là quê hương của Lê Lợi, người lãnh đạo cuộc khởi nghĩa Lam Sơn chống quân Minh vào thế kỷ mười lăm. Sau mười năm chiến đấu, cuộc khởi nghĩa giành thắng lợi. Năm 1428, Lê Lợi lên ngôi vua, lập ra nhà Hậu Lê. Ngày nay, nhiều người đến Lam Kinh để tìm hiểu lịch sử. Hằng năm, vào tháng Tám âm lịch, ở đây có lễ hội lớn.`,
				Qs: []Q{
					{P: "Khu di tích Lam Kinh ở đâu?", O: []string{"*Huyện Thọ Xuân", "Thành phố Thanh Hoá", "Huyện Vĩnh Lộc", "Sầm Sơn"}},
					{P: "Lê Lợi là ai?", O: []string{"*Người lãnh đạo khởi nghĩa Lam Sơn", "Một nhà thơ", "Một thầy giáo", "Một vua nhà Trần"}},
					{P: "Lê Lợi lên ngôi vua năm nào?", O: []string{"*1428", "1418", "1427", "1482"}},
				},
				TFs: []TF{
					{S: "Cuộc khởi nghĩa Lam Sơn kéo dài mười năm.", A: true},
					{S: "Lễ hội ở Lam Kinh tổ chức vào tháng Giêng.", A: false, F: "Lễ hội tổ chức vào tháng Tám âm lịch.", FE: "The festival is in the eighth lunar month."},
				}},
			{Title: "Nội quy ký túc xá", Tp: []string{"arrival"},
				Text: `NỘI QUY KÝ TÚC XÁ
1. Giữ gìn vệ sinh chung, không vứt rác ở hành lang.
2. Không nấu ăn trong phòng.
3. Không hút thuốc lá trong phòng và ở hành lang.
4. Tiết kiệm điện, nước; tắt đèn, quạt, điều hoà khi ra khỏi phòng.
5. Khách đến thăm phải đăng ký ở phòng bảo vệ và ra về trước 21 giờ.
6. Cổng ký túc xá đóng lúc 22 giờ 30.`,
				Qs: []Q{
					{P: "Khách đến thăm phải làm gì?", O: []string{"*Đăng ký ở phòng bảo vệ", "Gọi điện cho lớp trưởng", "Mua vé vào cửa", "Nộp ảnh"}},
					{P: "Khách phải ra về trước mấy giờ?", O: []string{"*21 giờ", "22 giờ 30", "20 giờ", "22 giờ"}},
					{P: "Khi ra khỏi phòng, học viên phải làm gì?", O: []string{"*Tắt đèn, quạt, điều hoà", "Khoá tủ", "Mở cửa sổ", "Báo cho bảo vệ"}},
				},
				TFs: []TF{
					{S: "Học viên được nấu ăn trong phòng.", A: false},
					{S: "Không được hút thuốc ở hành lang.", A: true},
					{S: "Cổng ký túc xá đóng lúc 21 giờ.", A: false, F: "Cổng đóng lúc 22 giờ 30; 21 giờ là giờ khách phải ra về.", FE: "The gate closes at 22:30; 21:00 is when visitors must leave."},
				}},
		},
		ShortTF: []ShortTF{
			{Text: "Vì trời mưa to nên trận bóng đá chiều nay bị hoãn.", TF: TF{S: "Trận bóng đá diễn ra bình thường.", A: false}},
			{Tp: []string{"study"}, Text: "Anh Khăm Xay học tiếng Việt ở Lào một năm trước khi sang Thanh Hoá.", TF: TF{S: "Anh Khăm Xay đã học tiếng Việt trước khi sang Việt Nam.", A: true}},
			{Tp: []string{"office"}, Text: "Chị Mai đi làm bằng xe buýt vì nhà chị xa cơ quan.", TF: TF{S: "Nhà chị Mai gần cơ quan.", A: false}},
			{Tp: []string{"office"}, Text: "Hội nghị dự kiến kết thúc lúc 11 giờ nhưng kéo dài đến 12 giờ.", TF: TF{S: "Hội nghị kết thúc muộn hơn dự kiến.", A: true}},
			{Tp: []string{"village"}, Text: "Thôn Đông có 120 hộ, trong đó có 15 hộ nghèo.", TF: TF{S: "Thôn Đông có hơn 100 hộ.", A: true}},
			{Tp: []string{"village"}, Text: "Tuy đã 60 tuổi nhưng ông Tâm vẫn làm trưởng thôn rất nhiệt tình.", TF: TF{S: "Ông Tâm không còn làm trưởng thôn.", A: false}},
		},
		Clozes: []Cloze{
			{Tp: []string{"study"}, Text: "Tôi học tiếng Việt [*vì|nên|nhưng] muốn hiểu bài giảng."},
			{Text: "Trời lạnh [*nên|vì|mà] tôi mặc áo ấm."},
			{Text: "Món này ngon [*nhưng|vì|nên] hơi đắt."},
			{Text: "Anh ấy [*vừa|đang|sẽ] về đến nhà thì trời mưa.", F: "“vừa … thì …”: việc thứ hai xảy ra ngay sau việc thứ nhất.", FE: "“vừa … thì …”: the second event happens just after the first."},
			{Text: "Em trai của bố là [*chú|cậu|bác]."},
			{Text: "Tôi [*chưa|đã|sẽ] bao giờ ăn nem chua. Hôm nay là lần đầu tiên."},
			{Text: "Bạn [*đã|chưa|sẽ] ăn cơm chưa?", F: "Câu hỏi “đã … chưa?” hỏi một việc đã xảy ra hay chưa.", FE: "“đã … chưa?” asks whether something has happened yet."},
			{Tp: []string{"study"}, Text: "Chị ấy nói tiếng Việt rất [*giỏi|cao|đắt]."},
			{Text: "Tôi thích mùa thu [*hơn|nhất|bằng] mùa hè."},
			{Tp: []string{"study"}, Text: "Anh Khăm La đến Việt Nam [*được|bằng|cho] ba tuần rồi."},
			{Text: "Nếu trời không mưa [*thì|mà|và] chúng tôi đi Sầm Sơn."},
			{Tp: []string{"office"}, Text: "Anh ấy không đi họp [*vì|nên|nhưng] bị ốm."},
			{Text: "Xin lỗi, tôi đến [*muộn|sớm|nhanh]. Xe buýt hôm nay chậm quá."},
			{Text: "Chúng tôi [*thường|sắp|vừa] đi chợ vào sáng Chủ nhật hằng tuần."},
			{Tp: []string{"office"}, Text: "Hộ chiếu của anh [*hết hạn|hết giờ|hết tiền] rồi, anh phải làm hộ chiếu mới."},
			{Text: "Tôi bị ho nên bác sĩ khuyên tôi [*đừng|nên|hãy] uống nước đá."},
			{Tp: []string{"study"}, Text: "Hôm nay là thứ Hai, ngày mai là thứ [=Ba]."},
			{Text: "Tháng này có ba mươi mốt [=ngày]."},
			{Tp: []string{"village"}, Text: "Ông ấy là [*nông dân|giáo viên|bác sĩ], ông trồng lúa và nuôi gà."},
			{Text: "Tôi gửi thư [*cho|với|bằng] mẹ tôi."},
			{Tp: []string{"study"}, Text: "Cô giáo [*giảng|uống|chạy] bài rất dễ hiểu."},
			{Text: "Đường này đông xe, anh đi [*cẩn thận|vội vàng|nhanh lên] nhé."},
			{Tp: []string{"village"}, Text: "Bà con trong thôn [*đóng góp|mua bán|vay mượn] tiền để làm đường."},
			{Tp: []string{"office"}, Text: "Cuộc họp [*bắt đầu|bắt tay|bắt gặp] lúc 8 giờ."},
			{Text: "Tôi muốn [*đổi|đội|đôi] tiền kíp sang tiền đồng.", F: "“đổi” (thanh hỏi): thay cái này bằng cái khác. “đội” và “đôi” là từ khác.", FE: "“đổi” (hỏi tone) means to exchange; “đội” and “đôi” are other words."},
			{Text: "Chị ơi, cho tôi [*hỏi|hói|hội] đường đến bưu điện.", F: "“hỏi” mang thanh hỏi.", FE: "“hỏi” (to ask) has the hỏi tone."},
			{Tp: []string{"study"}, Text: "Chúng tôi [*thảo luận|thảo mộc|thảo nguyên] về bài học hôm qua."},
		},
		Matches: []Match{
			{P: "Nối người thân với cách gọi.", Pairs: []string{"em trai của bố | chú", "em gái của bố | cô", "em trai của mẹ | cậu", "em gái của mẹ | dì"}},
			{P: "Nối từ với từ gần nghĩa.", Pairs: []string{"nhanh | mau", "to | lớn", "nói chuyện | trò chuyện", "bắt đầu | khởi đầu"}, X: []string{"kết thúc"}},
			{Tp: []string{"office", "arrival"}, P: "Nối biển báo với ý nghĩa.", Pairs: []string{"Xin giữ im lặng | Không nói chuyện to.", "Không phận sự miễn vào | Chỉ người có nhiệm vụ mới được vào.", "Đi chậm lại | Giảm tốc độ.", "Cấm đỗ xe | Không được để xe ở đây."}},
			{Tp: []string{"office"}, P: "Nối đồ vật văn phòng với công dụng.", Pairs: []string{"con dấu | đóng lên giấy tờ", "máy in | in tài liệu", "máy tính | soạn văn bản", "điện thoại | gọi cho người khác"}},
			{P: "Nối hai vế thành câu.", Pairs: []string{"Vì trời mưa to | nên đường bị ngập.", "Vì anh ấy chăm học | nên tiếng Việt tiến bộ nhanh.", "Vì hết tiền | nên tôi phải ra ngân hàng.", "Vì đi ngủ muộn | nên sáng nay tôi dậy muộn."}},
			{P: "Nối câu hỏi với câu trả lời khi mua hàng.", Pairs: []string{"Cái này bao nhiêu tiền? | Ba mươi nghìn đồng.", "Chị có cỡ to hơn không? | Có, anh chờ một chút.", "Chị bớt cho tôi một chút được không? | Thôi, tôi bớt cho anh năm nghìn.", "Tôi trả bằng thẻ được không? | Xin lỗi, ở đây chỉ nhận tiền mặt."}},
			{P: "Nối tình trạng sức khoẻ với lời khuyên.", Pairs: []string{"bị ho | uống nước ấm", "mệt | nghỉ ngơi", "đau răng | đi khám nha sĩ", "mất ngủ | không uống cà phê buổi tối"}},
			{Tp: []string{"village", "party-cell"}, P: "Nối người với công việc ở thôn.", Pairs: []string{"trưởng thôn | điều hành công việc chung của thôn", "bí thư chi bộ | lãnh đạo chi bộ", "chi hội trưởng phụ nữ | phụ trách hội phụ nữ ở thôn", "công an viên | giữ gìn an ninh, trật tự ở thôn"}},
			{P: "Nối từ chỉ thời gian với nghĩa.", Pairs: []string{"hôm qua | ngày trước hôm nay", "ngày mai | ngày sau hôm nay", "tuần trước | tuần đã qua", "năm sau | năm tới"}},
			{P: "Nối từ với từ trái nghĩa.", Pairs: []string{"vào | ra", "lên | xuống", "mở | đóng", "mua | bán"}, X: []string{"đi"}},
			{P: "Nối từ chỉ thời tiết với nghĩa.", Pairs: []string{"mưa phùn | mưa rất nhỏ", "dông | mưa to, có sấm chớp", "rét | rất lạnh", "oi | nóng và ẩm"}},
			{Tp: []string{"office"}, P: "Nối động từ với từ đi cùng.", Pairs: []string{"nộp | hồ sơ", "ký | văn bản", "gửi | công văn", "đóng | dấu"}},
			{P: "Nối loại từ với danh từ.", Pairs: []string{"một quyển | sách", "một con | gà", "một chiếc | xe đạp", "một quả | cam"}},
			{Tp: []string{"study"}, P: "Nối câu hỏi của giáo viên với câu trả lời.", Pairs: []string{"Em hiểu bài chưa? | Dạ, em hiểu rồi ạ.", "Ai trả lời được câu này? | Thưa cô, em ạ.", "Bài tập về nhà là gì ạ? | Các em làm bài số ba.", "Các em có câu hỏi gì không? | Dạ, không ạ."}},
			{P: "Nối món ăn, đồ uống với lời giải thích.", Pairs: []string{"nem chua | món làm từ thịt lợn, có vị chua", "bánh gai | bánh làm bằng lá gai, nhân đỗ xanh", "phở | món có bánh phở và nước dùng", "nước chè | đồ uống pha từ lá chè"}},
		},
	})
}
